#pragma once

// The fixed key set of fuzz_jwt: an RSA 2048 (RS256) and an EC P-256 (ES256) public key made once for the
// fuzzer. The seeds in corpus/fuzz_jwt are tokens signed with their private halves (not kept anywhere).
namespace Esi::Fuzz {

inline constexpr char fuzzJwks[] =
    R"json({"keys":[{"kty":"RSA","kid":"JWT-Signature-Key","alg":"RS256","use":"sig","e":"AQAB","n":"t1xxYCvhCH6XJvegbRGRLLPztadpfncLb3lGMyL-CSddmg0alrEiy_SA2EPk4Fd-iUOeIhUOjkirHUGzR_GLjB-GAg6XF2mfmo1UTQVqIhGUCGSegmOznUn-3qbzFiTMsovEYgB613JumVA9pGxQNgTKJHNd0IL6n3nN3_sZxebxQkxystvi9L5GbKFpsyGRijRr9KBA0msqwZG_10MgLawaIJrPHmrKTevhKrjDUiVIgHkEL-PqqlNWAA8RzHqds7zVy4VlOJhKs8V7Jsc2KmKgJ2Y4BuNkssSdQ6G5VyYUg4LHPU_8037A5Zu_fuRSqbCeHaWvVsRIhnQMp5SFDQ"},{"kty":"EC","kid":"ES256-Key","alg":"ES256","use":"sig","crv":"P-256","x":"yej2S9wFVCd2rNS1ewOY4RXOYcHcxbTm-Sxm3L03Fwk","y":"nZCPkvaUHGsgiyeJ1s5jLHlouF17TeMkg1p_9B6v73c"}],"SkipUnresolvedJsonWebKeys":true})json";

// A valid RS256 token for the key above (kid JWT-Signature-Key, client fuzz-client, 2026-01-01 12:00 UTC).
inline constexpr char fuzzToken[] =
    "eyJhbGciOiJSUzI1NiIsImtpZCI6IkpXVC1TaWduYXR1cmUtS2V5IiwidHlwIjoiSldUIn0."
    "eyJzY3AiOlsiZXNpLXNraWxscy5yZWFkX3NraWxscy52MSJdLCJqdGkiOiJiMmQ2ZjhlMCIsImtpZCI6IkpXVC1TaWduYXR1cmUtS2V5Iiwic3ViIj"
    "oiQ0hBUkFDVEVSOkVWRToyMTEyNjI1NDI4IiwiYXpwIjoiZnV6ei1jbGllbnQiLCJ0ZW5hbnQiOiJ0cmFucXVpbGl0eSIsInRpZXIiOiJsaXZlIiwi"
    "cmVnaW9uIjoid29ybGQiLCJhdWQiOlsiZnV6ei1jbGllbnQiLCJFVkUgT25saW5lIl0sIm5hbWUiOiJSb29raWUgUGlsb3QiLCJvd25lciI6IjhQbX"
    "pDZVRLYjRWRlVEckhMYy9BZVpYRFNXTT0iLCJleHAiOjE3NjcyNzAwMDAsImlhdCI6MTc2NzI2ODc0MCwiaXNzIjoiaHR0cHM6Ly9sb2dpbi5ldmVv"
    "bmxpbmUuY29tIn0.Xk1W5tSSq6yn6BUuBZYuTx07Pxi7BX9tata68bT7fh_4e4w0NqqHEiJF7Z8MMU9N2UAxbh-"
    "wgfymvB3Mq9mFl8gBgtMjG3ojdxSMjv-JCqecbqYmX0vUhOR1v9urkNPBpjnPTRYOv0Rf-hs_CmqtLhok5JaeHMLlCVHkkrawkOJqB-"
    "ihtv3bODchXy4bsKEmlZh4vlc1kWTcntNgII46E3qbiTZ_sYtvNyWT4D4UA-LG7-U5fow7rLt-FvRkTPQRUrvdu5JNoDF_WwYG48p8m3r-"
    "q38fv77DznhiIg--zx_rYoK6wy5j9mSbAJo2uWABM7IeF_zD-sVFwS0HU1WOXQ";

} // namespace Esi::Fuzz
