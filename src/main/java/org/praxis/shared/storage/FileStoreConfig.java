package org.praxis.shared.storage;

import org.praxis.shared.PraxisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where uploaded files live: the bucket when one is configured, the local data directory otherwise. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

    @Bean
    FileStore fileStore(ObjectStorageProperties objectStorage, PraxisProperties properties) {
        return objectStorage.enabled() ? new ObjectFileStore(objectStorage) : new LocalFileStore(properties);
    }
}
