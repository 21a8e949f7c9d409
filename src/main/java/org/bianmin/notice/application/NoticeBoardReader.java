package org.bianmin.notice.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads what the public board may show (implemented with SQL in the infrastructure layer). */
public interface NoticeBoardReader {

    BoardPage board(NoticeBoardFilter filter, LocalDate today);

    Optional<PublicNotice> notice(long id, LocalDate today);

    Optional<NoticeRef> ref(long id, LocalDate today);

    List<BoardCategory> categories();

    Optional<PublicPhoto> photo(long id);
}
