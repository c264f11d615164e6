// The translation unit of the esi_pch_* targets (cmake/precompiledheaders.cmake): they exist only to compile the
// precompiled Qt headers that the project's targets reuse.
