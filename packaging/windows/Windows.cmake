# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installers: an MSI (CPack WiX 3) and, as the fallback, an NSIS installer. Both put
# the app in Program Files\Starling\bin with Qt next to it, a Start menu entry, and offer to start
# Starling at login (HKCU\Software\Microsoft\Windows\CurrentVersion\Run, off unless picked).
# Included from packaging/CMakeLists.txt on every system: the CPack settings are only read by the
# NSIS and WiX generators, and packaging/windows/check builds the NSIS installer on Linux.
# packaging/windows/starling.wxs mirrors the MSI for wixl (see packaging/windows/check).

set(_win_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_win_out "${CMAKE_CURRENT_BINARY_DIR}/windows")

# --- The icon: a multi-size .ico made from the SVG at build time (packaging/icons) ----------------
if(DEFINED STARLING_ICON_ICO)
    set(_win_icon "${STARLING_ICON_ICO}")
else()
    set(_win_icon "")
    message(STATUS "Windows installers: STARLING_ICON_ICO is not defined, they use the default icons")
endif()

# --- The licence: LICENSE as RTF for WiX's licence page, as text for NSIS's ----------------------
# RTF needs only its three special characters escaped and a paragraph mark per line.
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" _win_license)
string(REPLACE "\\" "\\\\" _win_license "${_win_license}")
string(REPLACE "{" "\\{" _win_license "${_win_license}")
string(REPLACE "}" "\\}" _win_license "${_win_license}")
string(REPLACE "\n" "\\par\n" _win_license "${_win_license}")
file(WRITE "${_win_out}/LICENSE.rtf"
     "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fmodern Consolas;}}\\f0\\fs16\n${_win_license}}\n")
set(CPACK_WIX_LICENSE_RTF "${_win_out}/LICENSE.rtf")
if(WIN32)
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

# --- WiX (MSI) ------------------------------------------------------------------------------------
# Fixed forever: it lets a new installer replace an old one.
set(CPACK_WIX_UPGRADE_GUID "6B1F2C9E-5E0A-4B0E-9C3F-2D7A1E4B8C10")
if(_win_icon)
    set(CPACK_WIX_PRODUCT_ICON "${_win_icon}")
endif()
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".") # the Start menu entry itself, no folder around it
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_UI_REF "WixUI_FeatureTree") # the features page, where "Start at login" is offered
# The optional "start at login" feature, added to the Product by a patch (autostart.wxs.in).
set(STARLING_AUTOSTART_NAME "${STARLING_APP_NAME}") # the Run value's name, as the app uses it
configure_file("${_win_dir}/autostart-patch.xml.in" "${_win_out}/autostart-patch.xml" @ONLY)
set(CPACK_WIX_PATCH_FILE "${_win_out}/autostart-patch.xml")

# --- NSIS (the fallback) --------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "${STARLING_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${STARLING_APP_NAME}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\starling.exe")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64") # the 64-bit Program Files, as the MSI
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "starling.exe")
if(_win_icon)
    set(CPACK_NSIS_MUI_ICON "${_win_icon}")
    set(CPACK_NSIS_MUI_UNIICON "${_win_icon}")
endif()
# "Start Starling when I sign in": a box on the finish page, not ticked (autostart.nsh).
configure_file("${_win_dir}/autostart.nsh.in" "${_win_out}/autostart.nsh" @ONLY)
set(CPACK_NSIS_DEFINES "!include '${_win_out}/autostart.nsh'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!insertmacro StarlingRemoveAutostart")

if(NOT WIN32)
    return()
endif()

# --- The app's icon, in starling.exe (Explorer, the taskbar, the Start menu entry) ---------------
if(_win_icon)
    file(TO_CMAKE_PATH "${_win_icon}" STARLING_ICON_ICO_RC)
    configure_file("${_win_dir}/starling.rc.in" "${_win_out}/starling.rc" @ONLY)
    target_sources(starling PRIVATE "${_win_out}/starling.rc")
    set_source_files_properties("${_win_out}/starling.rc" TARGET_DIRECTORY starling
                                PROPERTIES OBJECT_DEPENDS "${_win_icon}")
endif()

# --- Qt and the rest next to the app -------------------------------------------------------------
# windeployqt copies Qt, the platform and style plugins, the SQL drivers (qsqlite; qsqlpsql when
# this Qt has it), the TLS backends (schannel, openssl) and Qt's translations. It copies only Qt's
# own libraries: afterwards every DLL the app, its plugins and its drivers link (qt6keychain.dll,
# libpq.dll and its own dependencies) is found in STARLING_WINDOWS_DLL_DIRS and copied too.
set(STARLING_WINDOWS_DLL_DIRS "" CACHE STRING
    "Folders with DLLs the Windows package needs besides Qt's, e.g. PostgreSQL's bin for libpq.dll")
if(Qt6_VERSION VERSION_LESS 6.5)
    message(FATAL_ERROR "The Windows package needs Qt 6.5 or newer (qt_generate_deploy_script)")
endif()
get_target_property(_win_keychain Qt6Keychain::Qt6Keychain LOCATION)
get_filename_component(_win_keychain_dir "${_win_keychain}" DIRECTORY)
file(TO_CMAKE_PATH "${STARLING_WINDOWS_DLL_DIRS}" _win_extra_dirs) # C:\... as C:/... in the script
set(_win_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${_win_keychain_dir}" ${_win_extra_dirs})
# file(GET_RUNTIME_DEPENDENCIES) reads the DLLs' imports with MSVC's dumpbin, next to cl.exe.
get_filename_component(_win_cl_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(STARLING_DUMPBIN dumpbin HINTS "${_win_cl_dir}" REQUIRED)
qt_generate_deploy_script(
    TARGET starling
    OUTPUT_SCRIPT _win_deploy
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:starling>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:starling-cli>\"
    GENERATE_QT_CONF
    NO_COMPILER_RUNTIME)
set(dirs \"${_win_dirs}\")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${STARLING_DUMPBIN}\")
set(STARLING_REQUIRED_PLUGINS sqldrivers/qsqlite.dll tls/qschannelbackend.dll)
include(\"${_win_dir}/DeployExtras.cmake\")
")
install(SCRIPT "${_win_deploy}")
# The C++ runtime as DLLs next to the app (windeployqt would only add the vc_redist installer).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)
