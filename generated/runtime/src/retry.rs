//! When to try a request again, and how long to wait first.
//!
//! The decisions are pure functions of the method, the outcome and the
//! configuration, so the policy can be tested without a network.

use std::time::{Duration, SystemTime};

use super::error::TransportErrorKind;
use super::http::Method;

/// Retry policy: capped exponential backoff with full jitter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    /// Total attempts including the first (at least 1 is always made).
    pub max_attempts: u32,
    /// Upper bound of the first backoff; doubles each attempt.
    pub initial_backoff: Duration,
    /// No wait (including a server's `Retry-After`) exceeds this.
    pub max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// A single attempt, never retried.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::default()
        }
    }

    /// Sets the total number of attempts.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// Sets the first backoff's upper bound.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets the cap on any wait.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Attempts actually made: a zero setting still sends once.
    pub fn attempts(&self) -> u32 {
        self.max_attempts.max(1)
    }
}

/// What happened on one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptOutcome {
    /// The server answered with this status.
    Status(u16),
    /// The attempt failed below HTTP.
    Transport(TransportErrorKind),
}

/// Methods whose repetition has no extra effect, so a retry is safe even if
/// the first attempt reached the server.
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Whether the outcome is worth another attempt for this method. POST (and
/// other non-idempotent methods) are only retried when the request provably
/// never reached the server, i.e. the connection could not be made.
pub fn should_retry(method: &Method, outcome: AttemptOutcome) -> bool {
    match outcome {
        AttemptOutcome::Transport(TransportErrorKind::Connect) => true,
        AttemptOutcome::Transport(_) => is_idempotent(method),
        AttemptOutcome::Status(status) => {
            (status == 429 || (500..600).contains(&status)) && is_idempotent(method)
        }
    }
}

/// The upper bound of the wait before attempt `attempt + 1`, where `attempt`
/// counts from 1: `initial * 2^(attempt-1)`, capped at `max_backoff`.
pub fn backoff_ceiling(config: &RetryConfig, attempt: u32) -> Duration {
    let exp = attempt.saturating_sub(1).min(31);
    config
        .initial_backoff
        .saturating_mul(1u32 << exp)
        .min(config.max_backoff)
}

/// Full jitter: a wait uniformly in `[0, ceiling]`, given a uniform `unit`
/// in `[0, 1]` (clamped), so callers spread out instead of retrying in step.
pub fn jittered(ceiling: Duration, unit: f64) -> Duration {
    let unit = if unit.is_finite() {
        unit.clamp(0.0, 1.0)
    } else {
        0.0
    };
    ceiling.mul_f64(unit)
}

/// Parses `Retry-After`: delay seconds or an HTTP date (relative to `now`;
/// a date in the past means "now").
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// How long to wait after failed attempt `attempt` (from 1): the server's
/// `Retry-After` when given (capped at `max_backoff`), else jittered backoff.
pub fn retry_delay(config: &RetryConfig, attempt: u32, retry_after: Option<Duration>) -> Duration {
    match retry_after {
        Some(wait) => wait.min(config.max_backoff),
        None => jittered(backoff_ceiling(config, attempt), fastrand::f64()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_is_retried_only_on_connect_errors() {
        let post = Method::POST;
        assert!(should_retry(
            &post,
            AttemptOutcome::Transport(TransportErrorKind::Connect)
        ));
        assert!(!should_retry(
            &post,
            AttemptOutcome::Transport(TransportErrorKind::Timeout)
        ));
        assert!(!should_retry(&post, AttemptOutcome::Status(503)));
        assert!(should_retry(&Method::GET, AttemptOutcome::Status(503)));
        assert!(should_retry(&Method::DELETE, AttemptOutcome::Status(429)));
        assert!(!should_retry(&Method::GET, AttemptOutcome::Status(404)));
    }
}
