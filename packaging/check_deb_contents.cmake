# Builds the .deb from the build tree with CPack (into a scratch directory)
# and reads it back with dpkg-deb, without installing it: the package holds
# both programs, the catalog, Debian's copyright file, both man pages
# (gzipped), the plan-file MIME type, the .desktop entry, the AppStream
# metainfo and the icon, and its control file names a real homepage, the
# Qt runtime it needs and a wrapped description.
#
# Inputs: BUILD_DIR, OUT_DIR, CPACK, DPKG_DEB, APP_ID.

foreach(var BUILD_DIR OUT_DIR CPACK DPKG_DEB APP_ID)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_deb_contents.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
                WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${log}")
endif()
file(GLOB debs "${OUT_DIR}/deepplan_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one deepplan_*.deb in ${OUT_DIR}, found ${n}:\n${log}")
endif()
list(GET debs 0 deb)

execute_process(COMMAND "${DPKG_DEB}" -c "${deb}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c ${deb} failed (${rc}):\n${err}")
endif()
foreach(path
    ./usr/bin/deepplan
    ./usr/bin/deepplan-cli
    ./usr/share/deepplan/catalog/models.json
    ./usr/share/deepplan/catalog/devices.json
    ./usr/share/doc/deepplan/copyright
    ./usr/share/man/man1/deepplan-cli.1.gz
    ./usr/share/man/man1/deepplan.1.gz
    ./usr/share/mime/packages/${APP_ID}.xml
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
  string(REPLACE "." "\\." pattern "${path}")
  if(NOT listing MATCHES " ${pattern}\n")
    message(FATAL_ERROR "the package lacks ${path}:\n${listing}")
  endif()
endforeach()
# Programs are executable; nothing is installed outside /usr.
if(NOT listing MATCHES "-rwxr-xr-x [^\n]* \\./usr/bin/deepplan-cli\n")
  message(FATAL_ERROR "deepplan-cli is not installed executable:\n${listing}")
endif()
string(REGEX MATCHALL "\n[^\n]* \\./[^\n]*" entries "\n${listing}")
foreach(entry IN LISTS entries)
  if(NOT entry MATCHES " \\./(usr(/.*)?)?$" AND NOT entry MATCHES " \\./usr/")
    message(FATAL_ERROR "installed outside /usr: ${entry}")
  endif()
endforeach()

execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" Package Version Architecture Depends Homepage Section Description
                RESULT_VARIABLE rc OUTPUT_VARIABLE control ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -f ${deb} failed (${rc}):\n${err}")
endif()
foreach(field "Package: deepplan" "Homepage: https://" "Section: science")
  string(FIND "${control}" "${field}" at)
  if(at LESS 0)
    message(FATAL_ERROR "the control file lacks \"${field}\":\n${control}")
  endif()
endforeach()
if(control MATCHES "example\\.invalid")
  message(FATAL_ERROR "the control file still names example.invalid:\n${control}")
endif()
# dpkg-shlibdeps found the Qt runtime the GUI links.
if(NOT control MATCHES "Depends: [^\n]*libqt6widgets6" OR NOT control MATCHES "Depends: [^\n]*libqt6charts6")
  message(FATAL_ERROR "the package does not depend on the Qt 6 widgets and charts libraries:\n${control}")
endif()
# The synopsis is not repeated as the first line of the long description.
if(control MATCHES "Description: ([^\n]*)\n ([^\n]*)")
  if(CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
    message(FATAL_ERROR "the long description repeats the synopsis:\n${control}")
  endif()
else()
  message(FATAL_ERROR "no long description:\n${control}")
endif()
# The long description is wrapped: no line of the control file over 80 columns.
string(REPLACE "\n" ";" lines "${control}")
foreach(line IN LISTS lines)
  string(LENGTH "${line}" width)
  if(width GREATER 80 AND NOT line MATCHES "^Depends:")
    message(FATAL_ERROR "control line wider than 80 columns (${width}): ${line}")
  endif()
endforeach()
message(STATUS "${deb}: every expected file and control field is there")
