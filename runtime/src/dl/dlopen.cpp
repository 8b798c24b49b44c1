// dlopen, dlsym, dlclose, dlerror for static programs. Nothing can be loaded: dlopen of a
// file fails and dlerror() says why. dlopen(NULL) names the program itself, as POSIX
// says, but its symbols cannot be looked up (a static program has no dynamic symbol
// table), so dlsym fails too.
#include <dlfcn.h>

namespace {

// The handle dlopen(NULL) returns.
constinit char program_handle;

// The calling thread's last error, reported once by dlerror().
constinit thread_local const char* last_error = nullptr;

}  // namespace

extern "C" {

void* dlopen(const char* file, int mode) {
  if (!(mode & (RTLD_LAZY | RTLD_NOW))) {
    last_error = "dlopen: invalid mode (one of RTLD_LAZY or RTLD_NOW is required)";
    return nullptr;
  }
  if (!file) return &program_handle;
  last_error = "dlopen: dynamic loading is not supported in static programs";
  return nullptr;
}

void* dlsym(void* __restrict handle, const char* __restrict name) {
  last_error = "dlsym: symbol lookup is not supported in static programs";
  return nullptr;
}

int dlclose(void* handle) {
  if (handle == &program_handle) return 0;
  last_error = "dlclose: invalid handle";
  return 1;
}

char* dlerror(void) {
  const char* e = last_error;
  last_error = nullptr;
  return const_cast<char*>(e);
}

}  // extern "C"
