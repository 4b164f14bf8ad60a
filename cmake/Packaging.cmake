# Install rules, desktop integration and the Debian package.
#
#   cmake --build <builddir>
#   cd <builddir> && cpack -G DEB        # -> reportdesk_<version>_<arch>.deb
#
# Everything lands under the reverse-DNS application id (REPORTDESK_APP_ID):
# the .desktop entry, the AppStream metainfo and the hicolor icons. The
# translations need no rule: the .qm files are compiled into the binaries.
# packaging/check-deb.sh (CTest: packaging_deb) builds, unpacks and runs the
# package from a scratch folder.

find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)

set(REPORTDESK_PACKAGE_NAME "reportdesk")
set(REPORTDESK_PACKAGING_SOURCE_DIR "${PROJECT_SOURCE_DIR}/resources/packaging")
set(REPORTDESK_PACKAGING_BINARY_DIR "${PROJECT_BINARY_DIR}/packaging")
set(REPORTDESK_DESKTOP_FILE "${REPORTDESK_PACKAGING_SOURCE_DIR}/${REPORTDESK_APP_ID}.desktop")
set(REPORTDESK_METAINFO_FILE "${REPORTDESK_PACKAGING_SOURCE_DIR}/${REPORTDESK_APP_ID}.metainfo.xml")
set(REPORTDESK_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/reportdesk.svg")
set(REPORTDESK_ICON_SIZES 16 32 48 64 128 256)

foreach(file IN ITEMS "${REPORTDESK_DESKTOP_FILE}" "${REPORTDESK_METAINFO_FILE}" "${REPORTDESK_ICON_SVG}")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "Packaging: ${file} is missing (the files are named after REPORTDESK_APP_ID)")
    endif()
endforeach()

# The Debian package puts everything under /usr; the manifest below records
# paths relative to the root of the unpacked package.
set(REPORTDESK_PACKAGE_PREFIX "usr")

# Lines "<kind> <value...>" that packaging/check-deb.sh checks in the unpacked
# package. Built from the same lists as the install rules, so a new executable
# or icon size is checked as soon as it is installed.
set(reportdesk_manifest
    "package ${REPORTDESK_PACKAGE_NAME}"
    "version ${PROJECT_VERSION}"
    "appid ${REPORTDESK_APP_ID}")

# --- executables -----------------------------------------------------------
# Guarded: an executable whose folder has not landed yet is simply not packaged.
foreach(exe IN ITEMS reportdesk reportdesk-cli reportdesk-demo-server)
    if(TARGET ${exe})
        install(TARGETS ${exe} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
        list(APPEND reportdesk_manifest "exe ${REPORTDESK_PACKAGE_PREFIX}/${CMAKE_INSTALL_BINDIR}/${exe}")
    endif()
endforeach()

# --- manual pages ----------------------------------------------------------
# Made at build time by help2man from each program's own --help (Debian wants
# one page per program, gzip'ed), so a page never disagrees with --help and the
# Chinese page comes from the same translations as the CLI's Chinese --help.
# Only where the built programs can run on the build machine.
option(REPORTDESK_MANPAGES "Generate and install the manual pages (needs help2man)" ${UNIX})
set(reportdesk_manpages)
if(REPORTDESK_MANPAGES)
    find_program(REPORTDESK_HELP2MAN help2man)
    if(NOT REPORTDESK_HELP2MAN)
        message(FATAL_ERROR "help2man is missing (packaging/install-deps.sh installs it), "
                            "or configure with -DREPORTDESK_MANPAGES=OFF")
    endif()
    set(reportdesk_mandir "${REPORTDESK_PACKAGING_BINARY_DIR}/man")
    set(reportdesk_make_manpage "${PROJECT_SOURCE_DIR}/packaging/man/make-manpage.sh")

    # reportdesk_add_manpage(<exe> <locale or "">  <help2man options...>)
    function(reportdesk_add_manpage exe locale)
        if(NOT TARGET ${exe})
            return()
        endif()
        if(locale)
            set(subdir "${locale}/man1")
        else()
            set(subdir "man1")
        endif()
        set(page "${reportdesk_mandir}/${subdir}/${exe}.1.gz")
        add_custom_command(
            OUTPUT "${page}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${reportdesk_mandir}/${subdir}"
            COMMAND "${reportdesk_make_manpage}" "${page}" "$<TARGET_FILE:${exe}>" ${ARGN}
            DEPENDS ${exe} "${reportdesk_make_manpage}" ${REPORTDESK_MANPAGE_DEPENDS}
            COMMENT "Writing the manual page ${subdir}/${exe}.1.gz"
            VERBATIM)
        install(FILES "${page}" DESTINATION "${CMAKE_INSTALL_MANDIR}/${subdir}")
        set(reportdesk_manpages ${reportdesk_manpages} "${page}" PARENT_SCOPE)
        set(reportdesk_manifest ${reportdesk_manifest}
            "man ${REPORTDESK_PACKAGE_PREFIX}/${CMAKE_INSTALL_MANDIR}/${subdir}/${exe}.1.gz" PARENT_SCOPE)
    endfunction()

    # The GUI's version line says "ReportDesk", which would name the page.
    reportdesk_add_manpage(reportdesk ""
        "--name=export, follow and download Alibaba Cloud Security Center reports"
        "--version-string=reportdesk ${PROJECT_VERSION}")
    reportdesk_add_manpage(reportdesk-cli ""
        "--name=export Alibaba Cloud Security Center reports from the command line"
        "--help-option=--lang en --help" "--version-option=--lang en --version")
    # help2man garbles a non-ASCII --name, so the Chinese NAME line comes from an include file.
    set(REPORTDESK_MANPAGE_DEPENDS "${PROJECT_SOURCE_DIR}/packaging/man/reportdesk-cli.zh_CN.h2m")
    reportdesk_add_manpage(reportdesk-cli zh_CN
        "--include=${PROJECT_SOURCE_DIR}/packaging/man/reportdesk-cli.zh_CN.h2m"
        "--help-option=--lang zh --help" "--version-option=--lang zh --version")
    unset(REPORTDESK_MANPAGE_DEPENDS)
    reportdesk_add_manpage(reportdesk-demo-server ""
        "--name=a simulated Alibaba Cloud Security Center API for demos and tests")
    add_custom_target(reportdesk_manpages ALL DEPENDS ${reportdesk_manpages})
    # The pages hold every option of their program's --help (tests/packaging/check-manpages.sh).
    if(REPORTDESK_BUILD_TESTS AND TARGET reportdesk AND TARGET reportdesk-cli AND TARGET reportdesk-demo-server)
        add_test(NAME packaging_manpages
            COMMAND "${PROJECT_SOURCE_DIR}/tests/packaging/check-manpages.sh" "${reportdesk_mandir}"
                "$<TARGET_FILE:reportdesk>" "$<TARGET_FILE:reportdesk-cli>" "$<TARGET_FILE:reportdesk-demo-server>")
        set_tests_properties(packaging_manpages PROPERTIES ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
    endif()
endif()

# --- bash completion -------------------------------------------------------
if(TARGET reportdesk-cli)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/bash-completion/reportdesk-cli"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
    list(APPEND reportdesk_manifest
        "file ${REPORTDESK_PACKAGE_PREFIX}/${CMAKE_INSTALL_DATADIR}/bash-completion/completions/reportdesk-cli")
endif()

# --- systemd user units of the scheduled exports -----------------------------
# "systemctl --user enable --now reportdesk-schedules.timer" runs
# "reportdesk-cli schedule run-due" every 15 minutes (README, Scheduled exports).
if(TARGET reportdesk-cli)
    foreach(unit reportdesk-schedules.service reportdesk-schedules.timer)
        install(FILES "${PROJECT_SOURCE_DIR}/packaging/systemd/${unit}" DESTINATION "lib/systemd/user")
        list(APPEND reportdesk_manifest "file ${REPORTDESK_PACKAGE_PREFIX}/lib/systemd/user/${unit}")
    endforeach()
endif()

# --- desktop entry and AppStream metainfo ----------------------------------
install(FILES "${REPORTDESK_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${REPORTDESK_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
list(APPEND reportdesk_manifest
    "file ${REPORTDESK_PACKAGE_PREFIX}/${CMAKE_INSTALL_DATADIR}/applications/${REPORTDESK_APP_ID}.desktop"
    "file ${REPORTDESK_PACKAGE_PREFIX}/${CMAKE_INSTALL_DATADIR}/metainfo/${REPORTDESK_APP_ID}.metainfo.xml")

# Debian policy: every package ships its copyright file and a compressed
# changelog (gzip -n: no timestamp, so the package is reproducible).
set(reportdesk_docdir "${CMAKE_INSTALL_DATADIR}/doc/${REPORTDESK_PACKAGE_NAME}")
set(reportdesk_changelog_gz "${REPORTDESK_PACKAGING_BINARY_DIR}/changelog.gz")
add_custom_command(
    OUTPUT "${reportdesk_changelog_gz}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_SOURCE_DIR}/packaging/debian/changelog"
            "${REPORTDESK_PACKAGING_BINARY_DIR}/changelog"
    COMMAND gzip -9nf "${REPORTDESK_PACKAGING_BINARY_DIR}/changelog"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/debian/changelog"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright" "${reportdesk_changelog_gz}"
    DESTINATION "${reportdesk_docdir}")
list(APPEND reportdesk_manifest
    "file ${REPORTDESK_PACKAGE_PREFIX}/${reportdesk_docdir}/copyright"
    "changelog ${REPORTDESK_PACKAGE_PREFIX}/${reportdesk_docdir}/changelog.gz")

# --- hicolor icons ---------------------------------------------------------
set(reportdesk_icondir "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
install(FILES "${REPORTDESK_ICON_SVG}"
    DESTINATION "${reportdesk_icondir}/scalable/apps"
    RENAME "${REPORTDESK_APP_ID}.svg")
list(APPEND reportdesk_manifest
    "file ${REPORTDESK_PACKAGE_PREFIX}/${reportdesk_icondir}/scalable/apps/${REPORTDESK_APP_ID}.svg")

# The PNG sizes are rendered from the SVG at build time by a small host tool,
# so no generated image is ever committed or drifts from its source.
add_executable(reportdesk-icon-render "${PROJECT_SOURCE_DIR}/packaging/icon-render/main.cpp")
target_link_libraries(reportdesk-icon-render PRIVATE ReportDesk::BuildSettings Qt6::Gui Qt6::Svg)
set_target_properties(reportdesk-icon-render PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY "${REPORTDESK_PACKAGING_BINARY_DIR}")

set(reportdesk_icon_pngs)
set(reportdesk_icon_render_args)
foreach(size IN LISTS REPORTDESK_ICON_SIZES)
    set(png "${REPORTDESK_PACKAGING_BINARY_DIR}/icons/${size}x${size}/apps/${REPORTDESK_APP_ID}.png")
    list(APPEND reportdesk_icon_pngs "${png}")
    list(APPEND reportdesk_icon_render_args ${size} "${png}")
    install(FILES "${png}" DESTINATION "${reportdesk_icondir}/${size}x${size}/apps")
    list(APPEND reportdesk_manifest
        "icon ${size} ${REPORTDESK_PACKAGE_PREFIX}/${reportdesk_icondir}/${size}x${size}/apps/${REPORTDESK_APP_ID}.png")
endforeach()

# The tool carries the sanitizers in an ASan build; Qt's own one-off
# allocations at exit must not fail the build.
add_custom_command(
    OUTPUT ${reportdesk_icon_pngs}
    COMMAND "${CMAKE_COMMAND}" -E env ASAN_OPTIONS=detect_leaks=0
            "$<TARGET_FILE:reportdesk-icon-render>" "${REPORTDESK_ICON_SVG}" ${reportdesk_icon_render_args}
    DEPENDS reportdesk-icon-render "${REPORTDESK_ICON_SVG}"
    COMMENT "Rendering the hicolor PNG icons from reportdesk.svg"
    VERBATIM)
# Built with `all`, or alone: cmake --build <dir> --target reportdesk_package_data
add_custom_target(reportdesk_package_data ALL DEPENDS ${reportdesk_icon_pngs} "${reportdesk_changelog_gz}")

list(JOIN reportdesk_manifest "\n" reportdesk_manifest_text)
file(GENERATE OUTPUT "${REPORTDESK_PACKAGING_BINARY_DIR}/deb-manifest.txt" CONTENT "${reportdesk_manifest_text}\n")

# --- CPack: the Debian package ---------------------------------------------
set(REPORTDESK_PACKAGE_MAINTAINER "ReportDesk developers <reportdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME "${REPORTDESK_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "ReportDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${REPORTDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/${REPORTDESK_PACKAGE_PREFIX}")
# Debian ships stripped binaries (lintian: unstripped-binary-or-object); the
# build tree keeps the symbols for debugging.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REPORTDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack puts the summary on the first line and indents this text below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ReportDesk starts Alibaba Cloud Security Center report exports, follows them
until they are ready and downloads the files. It keeps AccessKey secrets in the
system keychain and comes with a command-line tool (reportdesk-cli) for
scheduled exports and a local demo server (reportdesk-demo-server).
The user interface is available in English and Simplified Chinese.")
# Library dependencies come from dpkg-shlibdeps. Listed by hand is what the
# linker cannot see: QtKeychain dlopen()s libsecret, and the SVG icons are
# drawn by Qt's SVG icon-engine plugin. (On Debian 12 the X11 platform plugin
# ships in libqt6gui6, which shlibdeps already finds; qt6-qpa-plugins only
# holds VNC/TUIO and is not needed.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6sql6-sqlite: the QSQLITE driver is a plugin, which shlibdeps cannot see.
# qt6-translations-l10n: Qt's own texts (qtbase_zh_CN.qm: standard buttons, the
# file dialog), loaded at run time; without it the Chinese save dialog is English.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, libqt6sql6-sqlite, qt6-translations-l10n")
# A Secret Service provider for the keychain, a CJK font so Chinese does not
# render as boxes, and the Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, fonts-wqy-microhei | fonts-noto-cjk, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/")

include(CPack)
