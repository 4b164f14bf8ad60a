# Strictness lives on one interface target that every ReportDesk target links,
# so a flag is set once and applies everywhere (qBittorrent's CommonConfig idea).
add_library(reportdesk_build_settings INTERFACE)
add_library(ReportDesk::BuildSettings ALIAS reportdesk_build_settings)

target_compile_options(reportdesk_build_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion
    -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation
    # GCC only: clang does not know them (the fuzz build uses clang)
    "$<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond;-Wlogical-op;-Wuseless-cast>"
    # Qt Test's own macros (QSKIP, QTEST_*_MAIN, QTRY_*) expand to empty variadic
    # arguments, which -Wpedantic makes clang report at every use.
    "$<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>")

if(REPORTDESK_WERROR)
    target_compile_options(reportdesk_build_settings INTERFACE -Werror)
endif()

target_compile_definitions(reportdesk_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    REPORTDESK_VERSION="${PROJECT_VERSION}"
    REPORTDESK_APP_ID="${REPORTDESK_APP_ID}")

if(REPORTDESK_SANITIZE)
    target_compile_options(reportdesk_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(reportdesk_build_settings INTERFACE -fsanitize=address,undefined)
endif()

# The sanitizers' settings for every test (and every program a test starts,
# which inherits the environment). In the sanitized build LeakSanitizer is on:
# a leak of ours fails the test; tests/lsan.supp names the third-party ones
# (fontconfig, GLib, D-Bus...) that are no fault of this code.
if(REPORTDESK_SANITIZE)
    set(REPORTDESK_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
else()
    set(REPORTDESK_SANITIZER_TEST_ENV "ASAN_OPTIONS=detect_leaks=0")
endif()

# Adds one module of the GUI-free core as its own static library.
# Modules are separate targets so each can be built and tested on its own and
# the dependency graph between them stays visible in CMake.
function(reportdesk_add_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_library(reportdesk_${name} STATIC ${ARG_SOURCES})
    add_library(ReportDesk::${name} ALIAS reportdesk_${name})
    target_include_directories(reportdesk_${name} PUBLIC "${PROJECT_SOURCE_DIR}/app/core")
    target_link_libraries(reportdesk_${name} PUBLIC ReportDesk::BuildSettings Qt6::Core ${ARG_DEPENDS})
endfunction()

# Coverage for libFuzzer in every ReportDesk target, with ASan and UBSan; only the
# fuzz targets link the fuzzer's main (tests/fuzz/CMakeLists.txt).
if(REPORTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "REPORTDESK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(reportdesk_build_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(reportdesk_build_settings INTERFACE -fsanitize=address,undefined)
endif()
