import CFuzzerDriver
import Foundation
import FuzzHarness

// libFuzzer target: each line one turn of one conversation (see `FuzzHarness.conversation`); every
// reply is also written as the JSON line `mlcareers --json` prints (see `FuzzHarness.checkJSON`).

/// One input. libFuzzer's own main (linked in by -sanitize=fuzzer) needs this symbol, but SwiftPM points
/// `main` at this file's code, so the code below starts libFuzzer itself.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    for reply in FuzzHarness.conversation(
        Array(UnsafeBufferPointer(start: data, count: size)), assistant: FuzzHarness.shipped)
    {
        FuzzHarness.checkJSON(reply)
    }
    return 0
}

_ = FuzzHarness.shipped
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
