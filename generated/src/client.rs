//! The client type; its operation methods live in [`crate::operations`].

use crate::runtime::config::ClientBuilder;
use crate::runtime::transport::Transport;

/// A client for Huawei Cloud VPC v3 Traffic Mirroring API.
///
/// Cheap to clone (the connection pool is shared) and safe to use from many tasks at once.
/// Each operation is a method returning a builder; finish it with `.send().await`.
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) transport: Transport,
}

impl Client {
    /// Starts configuring a client: region or endpoint, credentials, timeouts, retries.
    pub fn builder() -> ClientBuilder<Client> {
        ClientBuilder::new(&crate::SERVICE)
    }

    /// A client configured the way Huawei Cloud's official SDKs find their settings: the region from `HUAWEICLOUD_SDK_REGION`, credentials from the environment, the credentials file or the metadata service, and the project id from `HUAWEICLOUD_SDK_PROJECT_ID` or IAM.
    pub fn from_env() -> Result<Client, crate::runtime::error::Error> {
        Self::builder().from_env()?.build()
    }
}

impl From<Transport> for Client {
    fn from(transport: Transport) -> Self {
        Client { transport }
    }
}
