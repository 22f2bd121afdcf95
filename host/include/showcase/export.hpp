// Symbol visibility for the interface shared by the host and plugins.
#pragma once

#if defined(__GNUC__)
#define SHOWCASE_API __attribute__((visibility("default")))
#else
#define SHOWCASE_API
#endif
