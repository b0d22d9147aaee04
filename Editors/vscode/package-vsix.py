#!/usr/bin/env python3
"""Packages Editors/vscode as a .vsix (a zip: the extension under extension/, a manifest
and the content types), the way `vsce package` lays it out.

  python3 Editors/vscode/package-vsix.py [OUT.vsix]     (default: jx-VERSION.vsix here)

node_modules/ goes in when it is there (`npm install` first: the protocol client,
vscode-languageclient); without it the extension only highlights, and says so when it starts.
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["package.json", "extension.js", "language-configuration.json", "README.md", "syntaxes/jx.tmLanguage.json"]


def manifest(pkg):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="{escape(pkg["name"])}" Version="{escape(pkg["version"])}" Publisher="{escape(pkg["publisher"])}"/>
    <DisplayName>{escape(pkg["displayName"])}</DisplayName>
    <Description xml:space="preserve">{escape(pkg["description"])}</Description>
    <Categories>{escape(",".join(pkg["categories"]))}</Categories>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="{escape(pkg["engines"]["vscode"])}"/>
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code"/>
  </Installation>
  <Dependencies/>
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/>
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true"/>
  </Assets>
</PackageManifest>
"""


CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json"/>
  <Default Extension=".js" ContentType="application/javascript"/>
  <Default Extension=".md" ContentType="text/markdown"/>
  <Default Extension=".vsixmanifest" ContentType="text/xml"/>
  <Default Extension=".txt" ContentType="text/plain"/>
  <Default Extension=".ts" ContentType="text/plain"/>
  <Default Extension=".map" ContentType="application/json"/>
</Types>
"""


def package(out=None):
    with open(os.path.join(HERE, "package.json"), encoding="utf-8") as f:
        pkg = json.load(f)
    out = out or os.path.join(HERE, f"{pkg['name']}-{pkg['version']}.vsix")
    modules = os.path.join(HERE, "node_modules")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("extension.vsixmanifest", manifest(pkg))
        for rel in FILES:
            z.write(os.path.join(HERE, rel), "extension/" + rel)
        if os.path.isdir(modules):
            for folder, _, names in os.walk(modules):
                for n in sorted(names):
                    full = os.path.join(folder, n)
                    z.write(full, "extension/" + os.path.relpath(full, HERE))
    return out, os.path.isdir(modules)


if __name__ == "__main__":
    path, complete = package(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"wrote {path}")
    if not complete:
        print("note: no node_modules (run npm install in Editors/vscode): this package highlights but does not start jx lsp", file=sys.stderr)
