# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: cmake --build --preset default --target package writes
# build/default/redletter_<version>-1_<arch>.deb from what `cmake --install` installs.
# Included from the top-level CMakeLists.txt (CPack's package target lives there).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME redletter)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Red Letter editors")
set(CPACK_PACKAGE_CONTACT "The Red Letter editors <editors@redletter.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Stripped binaries, files 0644 and folders 0755 whatever the builder's umask (lintian checks all three).
set(CPACK_STRIP_FILES ON)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "daily left theory, 15 minutes or less")
# Lines of at most 80 characters (lintian: extended-description-line-too-long).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Every day Red Letter picks one short reading of political theory from a local"
    "catalog and sets it in fine type, with the editor's critical introduction, the"
    "author's footnotes and the editor's notes in the margin beside the passage they"
    "discuss. Long works come in daily installments; highlights and margin notes can"
    "be exported to PDF and Markdown.")

# The libraries the binary links, found by dpkg-shlibdeps; then what it loads or reads at run
# time that no linker sees: Qt's SQLite driver and SVG plugins, the faces the text is set in,
# the hyphenation dictionaries of the languages it sets, and libexttextcat's fingerprints.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Our own two libraries are in the package itself (a private folder, see redletter_internal_library):
# dpkg-shlibdeps finds them in the build tree and adds no dependency for them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${PROJECT_BINARY_DIR}/${REDLETTER_INSTALL_PRIVATE_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, fonts-ebgaramond, fonts-sil-charis, fonts-dejavu-core, hyphen-en-us, hyphen-de, hyphen-fr, hyphen-ru, libexttextcat-data")
# The midnight reminder wants a notification daemon (a virtual package: GNOME Shell, Plasma, Xfce, MATE,
# LXQt and dunst provide it; without one the tray balloon shows the reminder).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "notification-daemon")

include(CPack)
