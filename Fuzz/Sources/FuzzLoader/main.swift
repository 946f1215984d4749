import CFuzzerDriver
import Foundation
import FuzzHarness

// libFuzzer target: arbitrary bytes as one data file among the shipped `Intents/` (see `FuzzHarness.load`).

/// One input. libFuzzer's own main (linked in by -sanitize=fuzzer) needs this symbol, but SwiftPM points
/// `main` at this file's code, so the code below starts libFuzzer itself.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.load(Array(UnsafeBufferPointer(start: data, count: size)), shipped: FuzzHarness.shippedFiles)
    return 0
}

_ = FuzzHarness.shippedFiles
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
