import JXCore

/// The column maps shipped with jx, one per template: the files in `Maps/`, compiled in
/// as bytes so the binary needs no folder beside it.
public enum ShippedMaps {
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("monitoring.jxmap", PackageResources.monitoring_jxmap),
        ("self_evaluation.jxmap", PackageResources.self_evaluation_jxmap),
    ]

    /// Every shipped map, read. A shipped map that does not read is a bug the tests catch;
    /// here it is left out rather than stopping an import.
    public static var all: [ColumnMap] {
        files.enumerated().compactMap { i, f in ColumnMap.read(SourceFile(path: f.name, bytes: f.bytes), fileID: i).map }
    }
}
