# Runs lupdate over the sources into a copy of one .ts file and fails when that finds a string with no
# translation: someone added or changed a text and the translations were not brought along.
#   cmake -DLUPDATE=... -DPYTHON=... -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=... "-DOPTIONS=a;b" -P checkcurrent.cmake
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -silent ${OPTIONS} -I "${SOURCE_DIR}" "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/core"
            -ts "${copy}"
    RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}): ${errors}")
endif()
execute_process(
    COMMAND "${PYTHON}" "${SOURCE_DIR}/translations/tools/tsfill.py" check "${copy}"
    RESULT_VARIABLE status OUTPUT_VARIABLE report)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${name} lacks strings the sources now have. Run the update_translations target and "
        "translate them (translations/README.md):\n${report}")
endif()
message(STATUS "${report}")
