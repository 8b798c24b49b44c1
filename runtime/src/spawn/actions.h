// The file actions of posix_spawn, as stored in posix_spawn_file_actions_t.__actions.
#pragma once
#include <sys/types.h>

namespace pure {

enum class SpawnOp : int { kOpen, kClose, kDup2, kChdir, kFchdir };

struct SpawnAction {
  SpawnOp op;
  int fd;     // the descriptor acted on (for dup2: the source)
  int arg;    // open flags, or dup2's target
  mode_t mode;
  char* path;  // a private copy, freed by destroy
};

}  // namespace pure
