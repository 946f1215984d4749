import CFuzzerDriver
import Foundation
import FuzzHarness

// libFuzzer target: the first line is a pattern, the others questions matched against it (see `FuzzHarness.pattern`).

/// One input. libFuzzer's own main (linked in by -sanitize=fuzzer) needs this symbol, but SwiftPM points
/// `main` at this file's code, so the code below starts libFuzzer itself.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.pattern(Array(UnsafeBufferPointer(start: data, count: size)), assistant: FuzzHarness.shipped)
    return 0
}

_ = FuzzHarness.shipped
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
