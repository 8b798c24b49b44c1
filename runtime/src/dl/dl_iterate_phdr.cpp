// dl_iterate_phdr: a static program has one loaded object, itself (unwinders use this to
// find .eh_frame_hdr through PT_GNU_EH_FRAME).
#include <link.h>

#include "start/start.h"
#include "thread/thread.h"

extern "C" int dl_iterate_phdr(int (*callback)(struct dl_phdr_info*, size_t, void*), void* data) {
  const pure::ProgramImage& img = pure::program_image;
  struct dl_phdr_info info = {};
  info.dlpi_addr = img.bias;
  info.dlpi_name = "";  // the main program has no name of its own here, as elsewhere
  info.dlpi_phdr = img.phdr;
  info.dlpi_phnum = static_cast<ElfW(Half)>(img.phnum);
  info.dlpi_adds = 1;
  info.dlpi_subs = 0;
  for (size_t i = 0; i < img.phnum; i++) {
    if (img.phdr[i].p_type == PT_TLS && img.phdr[i].p_memsz) {
      info.dlpi_tls_modid = 1;
      info.dlpi_tls_data = pure::tls_block(pure::current_thread());
    }
  }
  return callback(&info, sizeof info, data);
}
