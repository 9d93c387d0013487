//! Marker-based pagination as a lazy stream of items.
//!
//! The next page is only requested once the current page's items have been
//! consumed, so dropping the stream early costs no extra requests.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashSet, VecDeque};
use std::hash::{Hash, Hasher};

use futures_core::Stream;

use super::error::{Error, PaginationError};
use super::http::Request;
use super::operation::Operation;
use super::transport::Transport;

struct State<O, T, F> {
    transport: Transport,
    next: Option<O>,
    buffer: VecDeque<T>,
    seen: HashSet<u64>,
    pending_error: Option<Error>,
    next_page: F,
}

fn fingerprint(request: &Request) -> u64 {
    let mut h = DefaultHasher::new();
    request.method.as_str().hash(&mut h);
    request.path.hash(&mut h);
    request.query_string().hash(&mut h);
    request.body.hash(&mut h);
    h.finish()
}

/// Streams every item of a listing, starting with `first`.
///
/// `next_page` receives each page's request and decoded output (by value, so
/// the items move out without a copy) and returns the page's items plus the
/// request for the following page (`None` on the
/// last page, typically when `next_marker` is absent).
///
/// A server that hands back a marker it already gave (so the next request
/// would repeat an earlier one) would make the stream endless: the stream
/// then yields the current page's items followed by one
/// [`Error::Pagination`] and ends. Any request error is yielded once and
/// ends the stream too.
pub fn paginate<O, T, F>(
    transport: Transport,
    first: O,
    next_page: F,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    O: Operation + Clone + Send + Sync + 'static,
    O::Output: Send,
    T: Send + 'static,
    F: Fn(&O, O::Output) -> (Vec<T>, Option<O>) + Send + Sync + 'static,
{
    let mut seen = HashSet::new();
    if let Ok(request) = first.build_request(transport.context()) {
        seen.insert(fingerprint(&request));
    }
    let state = State {
        transport,
        next: Some(first),
        buffer: VecDeque::new(),
        seen,
        pending_error: None,
        next_page,
    };
    futures_util::stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.buffer.pop_front() {
                return Some((Ok(item), st));
            }
            if let Some(e) = st.pending_error.take() {
                return Some((Err(e), st));
            }
            let op = st.next.take()?;
            let page = match st.transport.call(&op).await {
                Ok(page) => page,
                Err(e) => return Some((Err(e), st)),
            };
            let (items, next) = (st.next_page)(&op, page.body);
            st.buffer.extend(items);
            if let Some(next) = next {
                match next.build_request(st.transport.context()) {
                    Ok(request) if !st.seen.insert(fingerprint(&request)) => {
                        st.pending_error = Some(Error::Pagination(PaginationError {
                            operation_id: op.operation_id(),
                            message: "the server returned a page marker it had already \
                                      returned; stopping instead of looping forever"
                                .to_owned(),
                        }));
                    }
                    // A request that cannot be built fails on the next call
                    // with its own error.
                    _ => st.next = Some(next),
                }
            }
        }
    })
}
