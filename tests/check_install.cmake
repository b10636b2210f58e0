# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix and checks what a desktop needs is there.
set(prefix "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(path bin/computechain share/applications/computechain.desktop
             share/icons/hicolor/scalable/apps/computechain.svg share/doc/computechain/scenario-format.md
             share/doc/computechain/model.md share/doc/computechain/sources.md)
  if(NOT EXISTS "${prefix}/${path}")
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endforeach()
file(READ "${prefix}/share/applications/computechain.desktop" desktop)
if(NOT desktop MATCHES "Exec=computechain" OR NOT desktop MATCHES "Icon=computechain")
  message(FATAL_ERROR "computechain.desktop does not start the installed program")
endif()
message(STATUS "1 passed, 0 failed")
