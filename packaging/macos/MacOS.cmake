# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Starling.app with its Info.plist (Info.plist.in) and icon, Qt and QtKeychain inside it
# (macdeployqt), signed (ad hoc unless STARLING_MACOS_SIGN_IDENTITY names a Developer ID), in a
# drag-and-drop DMG. Signing with a Developer ID and notarising: README.md in this folder.
# Included from packaging/CMakeLists.txt on macOS only; packaging/macos/check checks the plist.

set(_mac_dir "${CMAKE_CURRENT_LIST_DIR}")

# --- The bundle: Starling.app ---------------------------------------------------------------------
# The floor is Qt's own (Qt 6.7: macOS 12); Qt sets the deployment target when it is not given.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(STARLING_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(STARLING_MACOS_MINIMUM "12.0")
endif()
set(STARLING_MACOS_EXECUTABLE "${STARLING_APP_NAME}")
set(STARLING_COPYRIGHT "Copyright © The Starling developers. GPL-3.0-or-later.")
if(DEFINED STARLING_ICON_ICNS)
    set(STARLING_MACOS_ICON_FILE "${STARLING_APP_NAME}.icns")
else()
    set(STARLING_MACOS_ICON_FILE "")
    message(STATUS "macOS bundle: STARLING_ICON_ICNS is not defined, the app has the default icon")
endif()
configure_file("${_mac_dir}/Info.plist.in" "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)
set_target_properties(starling PROPERTIES
    OUTPUT_NAME "${STARLING_MACOS_EXECUTABLE}"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")
set(_mac_app "${STARLING_MACOS_EXECUTABLE}.app")
if(DEFINED STARLING_ICON_ICNS)
    install(FILES "${STARLING_ICON_ICNS}" DESTINATION "${_mac_app}/Contents/Resources"
            RENAME "${STARLING_MACOS_ICON_FILE}")
endif()
# starling-cli moves into the bundle (Contents/MacOS), where it finds the bundle's Qt; the DMG
# holds Starling.app alone.
install(CODE "
set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
file(RENAME \"\${prefix}/${CMAKE_INSTALL_BINDIR}/starling-cli\"
            \"\${prefix}/${_mac_app}/Contents/MacOS/starling-cli\")
file(GLOB left \"\${prefix}/${CMAKE_INSTALL_BINDIR}/*\")
if(NOT left)
    file(REMOVE_RECURSE \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
endif()
")

# --- Qt, QtKeychain and the plugins inside the bundle, then the signature -------------------------
# macdeployqt copies Qt, the plugins (cocoa, the SQL drivers: qsqlite and qsqlpsql with libpq when
# this Qt has it, the TLS backends) and every other dylib the binaries link, QtKeychain's too: it
# finds that one through -libpath.
set(STARLING_MACOS_SIGN_IDENTITY "-" CACHE STRING
    "codesign identity for Starling.app: - (ad hoc) or \"Developer ID Application: …\"")
if(Qt6_VERSION VERSION_LESS 6.7)
    message(FATAL_ERROR "The macOS package needs Qt 6.7 or newer (DEPLOY_TOOL_OPTIONS)")
endif()
get_target_property(_mac_keychain Qt6Keychain::Qt6Keychain LOCATION)
get_filename_component(_mac_keychain_dir "${_mac_keychain}" DIRECTORY)
qt_generate_deploy_script(
    TARGET starling
    OUTPUT_SCRIPT _mac_deploy
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_mac_app}\"
    ADDITIONAL_EXECUTABLES \"${_mac_app}/Contents/MacOS/starling-cli\"
    NO_APP_STORE_COMPLIANCE
    DEPLOY_TOOL_OPTIONS \"-libpath=${_mac_keychain_dir}\")
set(app \"\${QT_DEPLOY_PREFIX}/${_mac_app}\")
# Only SQLite's and PostgreSQL's drivers: the others need client libraries the bundle lacks.
file(GLOB drivers \"\${app}/Contents/PlugIns/sqldrivers/*.dylib\")
foreach(driver IN LISTS drivers)
    if(NOT driver MATCHES \"/libq(sqlite|sqlpsql)\\\\.dylib$\")
        file(REMOVE \"\${driver}\")
    endif()
endforeach()
file(GLOB libpq \"\${app}/Contents/Frameworks/libpq*\")
if(EXISTS \"\${app}/Contents/PlugIns/sqldrivers/libqsqlpsql.dylib\" AND NOT libpq)
    message(WARNING \"The PostgreSQL driver is in the bundle but libpq is not: it will not load\")
endif()
foreach(file Contents/PlugIns/sqldrivers/libqsqlite.dylib Contents/PlugIns/platforms/libqcocoa.dylib
             Contents/MacOS/starling-cli)
    if(NOT EXISTS \"\${app}/\${file}\")
        message(FATAL_ERROR \"\${file} is missing from the bundle: it would not work\")
    endif()
endforeach()
file(GLOB keychain \"\${app}/Contents/Frameworks/libqt6keychain*\")
if(NOT keychain)
    message(FATAL_ERROR \"macdeployqt did not copy QtKeychain into the bundle\")
endif()
set(identity \"${STARLING_MACOS_SIGN_IDENTITY}\")
set(options --force --deep --sign \"\${identity}\")
if(NOT identity STREQUAL \"-\")
    list(APPEND options --options runtime --timestamp --entitlements \"${_mac_dir}/Starling.entitlements\")
endif()
execute_process(COMMAND codesign \${options} \"\${app}\" COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND codesign --verify --deep --strict \"\${app}\" COMMAND_ERROR_IS_FATAL ANY)
")
install(SCRIPT "${_mac_deploy}")

# --- The DMG: Starling.app and a link to /Applications ---------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "${STARLING_APP_NAME}")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_PACKAGE_FILE_NAME "${STARLING_APP_NAME}-${PROJECT_VERSION}-macOS")
