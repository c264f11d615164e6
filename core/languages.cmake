# ESI's own languages (Accept-Language), which are also ESI Studio's interface languages: the one list.
# CMake builds the translations from it (translations/CMakeLists.txt) and generates esilanguagelist.h for
# Core::EsiLanguages, which EsiClient, AppSettings, UiLanguage, esi and esi-sandbox ask.
# tst_esilanguages checks that nothing else spells the list out.
set(ESI_LANGUAGES en de fr ja ru zh ko es)
