#ifndef FUZZER_DRIVER_H
#define FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own main (compiler-rt's FuzzerInterface.h).
/// SwiftPM points every executable's `main` at its Swift code, so the targets call this themselves;
/// -sanitize=fuzzer links the runtime that defines it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
