# cmake -DAPP_ID=... -DVERSION=... -DDESKTOP_FILE=... -DMETAINFO_FILE=... -P CheckMetadata.cmake
#
# What the validators cannot know: that the files name each other and the
# project consistently, and that the metainfo was given a release entry for
# the version being packaged.
cmake_minimum_required(VERSION 3.25)
set(errors)

file(READ "${METAINFO_FILE}" metainfo)
file(STRINGS "${DESKTOP_FILE}" desktop)

string(REGEX MATCH "<id>([^<]*)</id>" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL APP_ID)
    list(APPEND errors "metainfo <id> is '${CMAKE_MATCH_1}', expected '${APP_ID}'")
endif()

string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]*)</launchable>" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL "${APP_ID}.desktop")
    list(APPEND errors "metainfo launchable is '${CMAKE_MATCH_1}', expected '${APP_ID}.desktop'")
endif()

# AppStream lists releases newest first.
string(REGEX MATCH "<release version=\"([^\"]*)\" date=\"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    list(APPEND errors
        "the newest metainfo <release> (with a YYYY-MM-DD date) is '${CMAKE_MATCH_1}', expected '${VERSION}'")
endif()

foreach(tag summary p)
    string(FIND "${metainfo}" "<${tag} xml:lang=\"zh_CN\">" at)
    if(at EQUAL -1)
        list(APPEND errors "metainfo has no zh_CN <${tag}>")
    endif()
endforeach()

set(screenshots "https://raw.githubusercontent.com/reportdesk/reportdesk/main/resources/screenshots")
foreach(shot main-en.png main-zh.png)
    string(FIND "${metainfo}" "<image type=\"source\">${screenshots}/${shot}</image>" at)
    if(at EQUAL -1)
        list(APPEND errors "metainfo lacks the screenshot ${shot}")
    endif()
endforeach()

if(NOT "Icon=${APP_ID}" IN_LIST desktop)
    list(APPEND errors "the .desktop Icon= is not '${APP_ID}'")
endif()

list(FILTER desktop INCLUDE REGEX "^Exec=")
list(LENGTH desktop exec_lines)
if(NOT exec_lines EQUAL 1)
    list(APPEND errors "the .desktop has ${exec_lines} Exec= lines, expected 1")
else()
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${desktop}")
    string(FIND "${metainfo}" "<binary>${exec}</binary>" at)
    if(at EQUAL -1)
        list(APPEND errors "the .desktop runs '${exec}', which the metainfo does not list as a <binary>")
    endif()
endif()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "Packaging metadata is inconsistent:\n  ${text}")
endif()
message(STATUS "Packaging metadata is consistent: ${APP_ID} ${VERSION}")
