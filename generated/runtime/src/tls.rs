//! Which cryptography TLS uses: rustls with *ring*.
//!
//! reqwest's own rustls provider is aws-lc-rs, whose C library takes longer to
//! compile than every other dependency of this crate together. reqwest is
//! therefore built without a provider and uses the process-wide rustls
//! provider: the application's, when it installed one, else *ring*, installed
//! here on first use. An application that installs its own provider does so
//! before it builds a client; one that hands the client its own
//! `reqwest::Client` calls [`ensure_crypto_provider`] (or installs a provider)
//! before building that client.

/// Makes sure a process-wide rustls provider exists before a client is built
/// (reqwest refuses to build a TLS client without one).
pub fn ensure_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Another thread may install one between the check and this call;
        // then that one is used, which is just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
