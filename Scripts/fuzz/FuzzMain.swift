// The libFuzzer entry point: Scripts/fuzz/build.sh compiles it in one module with the
// sources of JXCore (so it sees internal API) and Tests/Support/FuzzSteps.swift,
// with -sanitize=fuzzer,address.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzSteps.run(bytes)
    return 0
}
