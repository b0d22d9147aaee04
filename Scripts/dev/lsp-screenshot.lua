-- Neovim (0.7 or later) talking to jx lsp, for the README's screenshot
-- (Scripts/dev/lsp-screenshot.sh): the jx syntax, the server's diagnostics, and its inlay
-- hints drawn as virtual text at the end of each line (Neovim 0.10 draws them itself).
local root = vim.env.JX_ROOT
local jx = vim.env.JX_BIN
vim.opt.runtimepath:prepend(root .. "/Editors/vim")
vim.cmd("filetype plugin on")
vim.cmd("syntax on")
vim.opt.number = true
vim.opt.laststatus = 0
vim.opt.ruler = false
vim.opt.showmode = false
vim.opt.shortmess:append("IF")
vim.diagnostic.config({ virtual_text = { prefix = "●" }, signs = true, underline = true })

local ns = vim.api.nvim_create_namespace("jx-inlay-hints")
vim.api.nvim_set_hl(0, "JxHint", { ctermfg = 244, italic = true })
vim.api.nvim_set_hl(0, "NormalFloat", { ctermbg = 236, ctermfg = 252 })
vim.api.nvim_set_hl(0, "FloatBorder", { ctermbg = 236, ctermfg = 244 })
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "rounded" })

local function hints(client, bufnr)
  local last = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = 0, character = 0 }, ["end"] = { line = last, character = 0 } },
  }
  client.request("textDocument/inlayHint", params, function(_, result)
    vim.api.nvim_buf_clear_namespace(bufnr, ns, 0, -1)
    for _, h in ipairs(result or {}) do
      vim.api.nvim_buf_set_extmark(bufnr, ns, h.position.line, 0, {
        virt_text = { { h.label, "JxHint" } }, virt_text_pos = "eol", hl_mode = "combine",
      })
    end
  end, bufnr)
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "jx",
  callback = function(args)
    local id = vim.lsp.start_client({
      name = "jx",
      cmd = { jx, "lsp" },
      root_dir = vim.fn.getcwd(),
      on_attach = function(client, bufnr)
        hints(client, bufnr)
        vim.api.nvim_create_autocmd({ "TextChanged", "InsertLeave" }, {
          buffer = bufnr, callback = function() hints(client, bufnr) end,
        })
      end,
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
