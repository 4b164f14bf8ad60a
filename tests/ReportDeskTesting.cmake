# reportdesk_add_test(<name> SOURCES <files...> LIBS <targets...> [KEYCHAIN] [TIMEOUT <s>])
#
# One Qt Test executable per tested class, registered with CTest and run with
# QT_QPA_PLATFORM=offscreen. KEYCHAIN tests run inside a private D-Bus session
# with their own unlocked gnome-keyring (tests/with-keyring.sh), so CI talks to
# a real Secret Service without touching the user's keyring.
set(REPORTDESK_TEST_DATA_DIR "${CMAKE_CURRENT_SOURCE_DIR}/data")

function(reportdesk_add_test name)
    cmake_parse_arguments(ARG "KEYCHAIN" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ReportDesk::BuildSettings Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    target_compile_definitions(${name} PRIVATE
        REPORTDESK_TEST_DATA_DIR="${REPORTDESK_TEST_DATA_DIR}")

    if(ARG_KEYCHAIN)
        add_test(NAME ${name}
            COMMAND dbus-run-session -- "${PROJECT_SOURCE_DIR}/tests/with-keyring.sh" $<TARGET_FILE:${name}>)
        set_property(TEST ${name} APPEND PROPERTY LABELS keychain)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()

    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # Each test gets its own HOME and XDG folders so QSettings, task files and
    # caches never touch the developer's real ones.
    set_property(TEST ${name} PROPERTY TIMEOUT ${ARG_TIMEOUT})
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen"
        "HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}"
        "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}/.config"
        "XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}/.local/share"
        "XDG_CACHE_HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${name}/.cache"
        ${REPORTDESK_SANITIZER_TEST_ENV})
endfunction()
