# Settings every DeepPlan target shares, carried by INTERFACE targets so that
# the dependency graph shows them.

find_program(DEEPPLAN_CCACHE ccache)
if(DEEPPLAN_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${DEEPPLAN_CCACHE}")
endif()

add_library(deepplan_options INTERFACE)
target_compile_features(deepplan_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(deepplan_options INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
  if(DEEPPLAN_WERROR)
    target_compile_options(deepplan_options INTERFACE -Werror)
  endif()
  if(DEEPPLAN_SANITIZE)
    target_compile_options(deepplan_options INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(deepplan_options INTERFACE -fsanitize=address,undefined)
  endif()
endif()

# Qt strictness for everything under app/.
add_library(deepplan_qt_options INTERFACE)
target_link_libraries(deepplan_qt_options INTERFACE deepplan_options)
target_compile_definitions(deepplan_qt_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
