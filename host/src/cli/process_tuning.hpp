// Settings of the process that make a run cheaper on the machines it runs on; none changes output.
//
// A check of a typical bundle takes some 35 ms, and on the virtual machines the tool runs on (CI
// and ours) each page fault costs about 10 µs and each system call a few: left alone, the heap
// took some 700 faults of the 1,200 of such a check, and the time-zone lookups 325 system calls.
#pragma once

namespace showcase::cli {

/// Reserves the first 32 MiB of the heap at once and asks for it in 2 MiB pages (transparent huge
/// pages, where the kernel allows them): a few faults instead of hundreds. Blocks up to 8 MiB
/// come from that heap too, rather than from a fresh mapping each, and so do other threads'
/// blocks. Call before threads start.
void backHeapWithHugePages();

/// libarchive converts the time of every zip entry with mktime, and glibc's mktime looks at
/// /etc/localtime again on every call while TZ is unset. Setting TZ to that same file, unless the
/// user set it, makes glibc read it once. Call before threads start.
void readTimeZoneOnce();

}  // namespace showcase::cli
