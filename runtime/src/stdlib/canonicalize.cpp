// canonicalize_file_name (GNU): realpath() into a newly allocated buffer.
#include <stdlib.h>

extern "C" char* canonicalize_file_name(const char* path) { return realpath(path, nullptr); }
