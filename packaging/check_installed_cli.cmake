# Installs the build tree into a scratch DESTDIR, then runs the installed
# deepplan-cli with DEEPPLAN_RESOURCES unset to prove that it finds the
# catalog installed beside it (<bin>/../share/deepplan), not the source tree.
#
# Inputs: BUILD_DIR, DESTDIR_ROOT, INSTALL_PREFIX, BINDIR, DATADIR, APP_ID.

foreach(var BUILD_DIR DESTDIR_ROOT INSTALL_PREFIX BINDIR DATADIR APP_ID MANDIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_installed_cli.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${DESTDIR_ROOT}")
# DESTDIR staging, as a package build does: the files land under
# DESTDIR_ROOT/INSTALL_PREFIX and nothing touches the real prefix.
set(prefix "${DESTDIR_ROOT}${INSTALL_PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${DESTDIR_ROOT}" "${CMAKE_COMMAND}" --install "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${log}")
endif()

set(cli "${prefix}/${BINDIR}/deepplan-cli")
foreach(path
    "${cli}"
    "${prefix}/${DATADIR}/deepplan/catalog/models.json"
    "${prefix}/${DATADIR}/deepplan/schema"
    "${prefix}/${DATADIR}/applications/${APP_ID}.desktop"
    "${prefix}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${prefix}/${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${prefix}/${DATADIR}/mime/packages/${APP_ID}.xml"
    "${prefix}/${DATADIR}/doc/deepplan/copyright")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endforeach()

# A man page for each program (gzipped when gzip was found).
foreach(page deepplan-cli.1 deepplan.1)
  if(NOT EXISTS "${prefix}/${MANDIR}/man1/${page}.gz" AND NOT EXISTS "${prefix}/${MANDIR}/man1/${page}")
    message(FATAL_ERROR "not installed: the man page ${page}")
  endif()
endforeach()

# Run from a directory unrelated to the source tree, without the override.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=DEEPPLAN_RESOURCES "${cli}" plan --json
                WORKING_DIRECTORY "${DESTDIR_ROOT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed deepplan-cli plan --json failed (${rc}):\n${err}")
endif()
string(JSON version ERROR_VARIABLE json_error GET "${out}" schema_version)
if(json_error OR NOT version EQUAL 1)
  message(FATAL_ERROR "installed deepplan-cli did not print a plan file:\n${out}\n${err}")
endif()
string(JSON fits GET "${out}" plan fits)
message(STATUS "installed deepplan-cli planned the default scenario: fits = ${fits}")

# Which catalog did it read? The catalog listing names the directory.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=DEEPPLAN_RESOURCES "${cli}" catalog links --json
                WORKING_DIRECTORY "${DESTDIR_ROOT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed deepplan-cli catalog failed (${rc}):\n${err}")
endif()
string(JSON dir GET "${out}" catalog_dirs 0)
file(REAL_PATH "${dir}" dir_real)
file(REAL_PATH "${prefix}/${DATADIR}/deepplan/catalog" expected_real)
if(NOT dir_real STREQUAL expected_real)
  message(FATAL_ERROR "installed deepplan-cli read the catalog at ${dir}, not the installed ${expected_real}")
endif()
message(STATUS "installed deepplan-cli reads ${dir_real}")
