// The global locale (what setlocale changes) and each thread's uselocale() choice.
#include "locale/locale.h"

namespace pure {

// Every program starts in the "C" locale (C17 7.11.1.1p4).
constinit __pure_locale global_locale = {
    false,
    {"C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C"}};

constinit thread_local __pure_locale* thread_locale = nullptr;

}  // namespace pure
