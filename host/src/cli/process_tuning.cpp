#include "process_tuning.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace showcase::cli {
namespace {

constexpr std::uintptr_t kHugePage = 2U << 20;
// Address space, not memory: pages are backed only when touched. Enough for the heap of a check
// of a large bundle; a heap that grows past it carries on in ordinary pages.
constexpr std::size_t kFirstStretch = 32U << 20;
constexpr std::size_t kLargestHeapBlock = 8U << 20;
// malloc's bookkeeping in front of each block.
constexpr std::size_t kChunkHeader = 2 * sizeof(std::size_t);

// Volatile, or the compiler drops the allocation as unused.
void* volatile runway = nullptr;

std::uintptr_t programBreak() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

bool reserveHeapInHugePages() {
    if (mallopt(M_TOP_PAD, static_cast<int>(kFirstStretch)) == 0 ||
        mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock)) == 0) {
        return false;
    }
    // A block larger than the free top of the heap makes malloc grow the heap now, by the whole
    // stretch, and tells where the top begins.
    void* top = std::malloc(mallinfo2().keepcost + 1);
    if (top == nullptr) return false;
    const auto topStart = reinterpret_cast<std::uintptr_t>(top);
    std::free(top);
    const std::uintptr_t firstHugePage = (topStart + kChunkHeader + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = programBreak();
    if (end < firstHugePage + kHugePage) return false;
    if (madvise(reinterpret_cast<void*>(firstHugePage), end - firstHugePage, MADV_HUGEPAGE) != 0) return false;
    // The heap starts at a random place, up to 2 MiB short of the first huge page. A block up to
    // that page, never freed and never touched, makes later blocks come from huge pages; it costs
    // address space only.
    runway = std::malloc(firstHugePage - topStart - kChunkHeader);
    // Threads (a plugin's) allocate from this heap too, rather than each from an arena of its own
    // in ordinary pages: their short work is cheaper sharing the lock than taking the faults.
    mallopt(M_ARENA_MAX, 1);
    return runway != nullptr;
}

}  // namespace

void backHeapWithHugePages() {
    // Once per process: a second time the heap is no longer at its start.
    static const bool reserved = reserveHeapInHugePages();
    static_cast<void>(reserved);
}

void readTimeZoneOnce() { setenv("TZ", ":/etc/localtime", 0); }

}  // namespace showcase::cli
