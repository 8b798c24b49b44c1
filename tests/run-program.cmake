# Runs PROGRAM (through EMULATOR when set) and compares its standard output with the
# file EXPECTED; the exit status must be 0.
if(EMULATOR)
  set(cmd ${EMULATOR} ${PROGRAM})
else()
  set(cmd ${PROGRAM})
endif()
execute_process(COMMAND ${cmd} OUTPUT_VARIABLE got ERROR_VARIABLE err RESULT_VARIABLE status
                WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
file(READ ${EXPECTED} want)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "exit status ${status}\nstdout:\n${got}\nstderr:\n${err}")
endif()
if(NOT got STREQUAL want)
  message(FATAL_ERROR "output differs\n--- got:\n${got}\n--- want:\n${want}\nstderr:\n${err}")
endif()
