# Builds the Debian package with CPack into a scratch folder and checks it: the paths it installs,
# the Depends line dpkg-shlibdeps derived, and the packaged desktop entry, AppStream metainfo and man
# page with their validators. No network. Run by CTest as tst_package (tests/CMakeLists.txt):
#   cmake -DCPACK_COMMAND=... -DBINARY_DIR=<build dir> -DWORK_DIR=<scratch dir> -P tst_package.cmake
foreach(var CPACK_COMMAND BINARY_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "tst_package: -D${var}= is required")
    endif()
endforeach()

foreach(tool dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli man)
    string(MAKE_C_IDENTIFIER ${tool} var)
    find_program(${var} ${tool})
    if(NOT ${var})
        message(FATAL_ERROR "tst_package: ${tool} not found (scripts/setup.sh test installs it)")
    endif()
endforeach()

set(failures 0)
# check("<if() condition>" "what it means"): the condition is evaluated as if() code.
macro(check condition what)
    cmake_language(EVAL CODE "if(${condition})\nset(passed TRUE)\nelse()\nset(passed FALSE)\nendif()")
    if(passed)
        message(STATUS "PASS: ${what}")
    else()
        message(SEND_ERROR "FAIL: ${what}")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

execute_process(COMMAND ${CPACK_COMMAND} -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "tst_package: cpack failed (${rc}):\n${out}")
endif()
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "tst_package: expected one .deb in ${WORK_DIR}, found ${count}:\n${out}")
endif()
message(STATUS "package: ${debs}")

# Contents: `dpkg-deb -c` lists ./usr/... paths, one a line, last field the path.
execute_process(COMMAND ${dpkg_deb} -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE contents)
check("rc EQUAL 0" "dpkg-deb -c reads the package")
set(expected
    usr/bin/reelkeeper
    usr/share/applications/*.desktop
    usr/share/metainfo/*.xml
    usr/share/icons/hicolor/scalable/apps/reelkeeper.svg
    usr/share/man/man1/reelkeeper.1.gz)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/reelkeeper.png)
endforeach()
foreach(path IN LISTS expected)
    string(REPLACE "." "\\." pattern "${path}")
    string(REPLACE "*" "[^/\n]+" pattern "${pattern}")
    string(REGEX MATCH " \\./${pattern}\n" found "${contents}")
    check("found" "the package installs /${path}")
endforeach()

execute_process(COMMAND ${dpkg_deb} -f ${debs} Depends RESULT_VARIABLE rc OUTPUT_VARIABLE depends
    OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "Depends: ${depends}")
foreach(library libqt6 libsqlite3 libsodium)
    string(FIND "${depends}" "${library}" at)
    check("NOT at EQUAL -1" "Depends names ${library}")
endforeach()

# The packaged files, as installed.
set(root ${WORK_DIR}/root)
execute_process(COMMAND ${dpkg_deb} -x ${debs} ${root} RESULT_VARIABLE rc)
check("rc EQUAL 0" "dpkg-deb -x extracts the package")

file(GLOB desktop_files ${root}/usr/share/applications/*.desktop)
foreach(file IN LISTS desktop_files)
    execute_process(COMMAND ${desktop_file_validate} ${file} RESULT_VARIABLE rc OUTPUT_VARIABLE out
        ERROR_VARIABLE out)
    message(STATUS "desktop-file-validate ${file}: ${rc} ${out}")
    check("rc EQUAL 0 AND out STREQUAL \"\"" "desktop-file-validate passes without remarks")
endforeach()

file(GLOB metainfo_files ${root}/usr/share/metainfo/*.xml)
foreach(file IN LISTS metainfo_files)
    execute_process(COMMAND ${appstreamcli} validate --no-net --explain ${file} RESULT_VARIABLE rc
        OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "appstreamcli validate --no-net ${file}: ${rc}\n${out}")
    string(REGEX MATCH "(^|\n)[EW]: " complaint "${out}")
    check("rc EQUAL 0 AND NOT complaint" "appstreamcli validate --no-net passes without errors or warnings")
endforeach()

execute_process(COMMAND ${man} --warnings -l ${root}/usr/share/man/man1/reelkeeper.1.gz
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE out)
message(STATUS "man --warnings -l reelkeeper.1.gz: ${rc} ${out}")
check("rc EQUAL 0 AND out STREQUAL \"\"" "man --warnings renders the man page without warnings")

# The packaged program runs (its libraries are the system's, which Depends names).
execute_process(COMMAND ${root}/usr/bin/reelkeeper --version RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE out OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "reelkeeper --version: ${rc} ${out}")
check("rc EQUAL 0" "the packaged reelkeeper --version succeeds")

file(REMOVE_RECURSE ${WORK_DIR})
if(failures)
    message(FATAL_ERROR "tst_package: ${failures} checks failed")
endif()
