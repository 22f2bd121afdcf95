// A real shared library that is not a showcase plugin.
extern "C" __attribute__((visibility("default"))) int unrelated_function() { return 42; }
