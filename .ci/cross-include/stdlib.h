/* Cross-check stand-in (see README.md): ring includes this only for _byteswap_ulong,
   which clang has built in for MSVC targets. */
