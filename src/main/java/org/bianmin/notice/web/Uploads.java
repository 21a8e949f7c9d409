package org.bianmin.notice.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.onestop.domain.FileKind;
import org.bianmin.onestop.domain.Upload;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/** Files chosen on a decision page, checked as they arrive and held until the form is saved. */
public class Uploads implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Upload> items = new ArrayList<>();
    private final boolean photosOnly;
    private String error;

    public Uploads(boolean photosOnly) {
        this.photosOnly = photosOnly;
    }

    public synchronized void add(FileUploadEvent event) {
        error = null;
        if (items.size() >= FileKind.MAX_FILES) {
            error = Messages.text("onestop.error.tooManyFiles", FileKind.MAX_FILES);
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            Upload upload = Upload.check(in.readNBytes(FileKind.MAX_BYTES + 1));
            if (photosOnly && !upload.isImage()) {
                throw new BusinessException("notice.error.photosOnly");
            }
            items.add(upload);
        } catch (BusinessException e) {
            error = Messages.text(e.getMessageKey(), e.getArguments());
        } catch (IOException e) {
            error = Messages.text("onestop.error.fileRead");
        }
    }

    public synchronized void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    public synchronized void clear() {
        items.clear();
        error = null;
    }

    public synchronized List<Upload> list() {
        return List.copyOf(items);
    }

    public synchronized List<Upload> getItems() {
        return List.copyOf(items);
    }

    public String getError() {
        return error;
    }

    public boolean isPhotosOnly() {
        return photosOnly;
    }
}
