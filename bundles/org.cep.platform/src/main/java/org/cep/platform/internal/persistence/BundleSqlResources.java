package org.cep.platform.internal.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Hands Flyway the SQL files of one folder inside one bundle. Flyway's own classpath scanning does
 * not see into other bundles reliably, so each owner's migrations are listed from its bundle directly.
 */
final class BundleSqlResources implements ResourceProvider {
    private final Bundle bundle;
    private final String folder;

    BundleSqlResources(Bundle bundle, String folder) {
        this.bundle = bundle;
        this.folder = folder.startsWith("/") ? folder.substring(1) : folder;
    }

    @Override
    public LoadableResource getResource(String name) {
        URL url = bundle.getEntry(folder + "/" + name);
        return url == null ? null : new Sql(url, name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, prefix + "*", false);
        if (entries == null) {
            return found;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            for (String suffix : suffixes) {
                if (fileName.endsWith(suffix)) {
                    found.add(new Sql(url, fileName));
                    break;
                }
            }
        }
        return found;
    }

    private final class Sql extends LoadableResource {
        private final URL url;
        private final String fileName;

        Sql(URL url, String fileName) {
            this.url = url;
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return bundle.getSymbolicName() + "/" + folder + "/" + fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
