# `format`: clang-format -i over the C++ sources of core/, app/, tests/, bench/
# and fuzz/ with the repository's .clang-format. `format-check` reports files
# that differ without changing them. Neither is part of the default build.
find_program(DEEPPLAN_CLANG_FORMAT NAMES clang-format clang-format-19 clang-format-18 clang-format-17
                                         clang-format-16 clang-format-15 clang-format-14)

file(GLOB_RECURSE DEEPPLAN_FORMAT_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.hpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.hpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.hpp ${PROJECT_SOURCE_DIR}/tests/*.h
  ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.hpp ${PROJECT_SOURCE_DIR}/bench/*.h
  ${PROJECT_SOURCE_DIR}/fuzz/*.cpp ${PROJECT_SOURCE_DIR}/fuzz/*.hpp ${PROJECT_SOURCE_DIR}/fuzz/*.h)

if(DEEPPLAN_CLANG_FORMAT)
  add_custom_target(format
    COMMAND ${DEEPPLAN_CLANG_FORMAT} -i --style=file ${DEEPPLAN_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format -i on the C++ sources"
    VERBATIM)
  add_custom_target(format-check
    COMMAND ${DEEPPLAN_CLANG_FORMAT} --dry-run --Werror --style=file ${DEEPPLAN_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-format --dry-run on the C++ sources"
    VERBATIM)
else()
  add_custom_target(format
    COMMAND ${CMAKE_COMMAND} -E echo "clang-format not found: install it (tools/deps.sh) to use the format target"
    COMMAND ${CMAKE_COMMAND} -E false
    VERBATIM)
endif()
