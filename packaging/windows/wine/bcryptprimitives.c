/*
 * Test-only stand-in for bcryptprimitives.dll, for smoke runs under Wine 8 (Debian 12).
 *
 * Rust's standard library (1.78 and later) gets random bytes from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10/11 has but Wine before 9.x does not export,
 * so the exe fails to load there (status c0000135). This shim forwards to RtlGenRandom.
 * packaging/build.sh puts it next to the exe in a throw-away directory for the Wine run only;
 * it is never shipped.
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
