package dev.opshistory.analytics.warehouse;

import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

import java.io.IOException;

/**
 * A Parquet {@link OutputFile} over a stream that Flink opened for one part file. Parquet gets the stream
 * once, whichever create method it calls; the stream it gets never closes Flink's stream, because Flink
 * closes (and commits) part files itself on checkpoints.
 */
final class FlinkOutputFile implements OutputFile {

    private final FSDataOutputStream stream;

    FlinkOutputFile(FSDataOutputStream stream) {
        this.stream = stream;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return new NonClosingPositionOutputStream(stream);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return new NonClosingPositionOutputStream(stream);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    /** Positions come from Flink's stream: the footer records the byte offset of every row group and page. */
    private static final class NonClosingPositionOutputStream extends PositionOutputStream {

        private final FSDataOutputStream out;

        NonClosingPositionOutputStream(FSDataOutputStream out) {
            this.out = out;
        }

        @Override
        public long getPos() throws IOException {
            return out.getPos();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Only flushes: ParquetWriter closes its file after the footer, but the stream belongs to Flink. */
        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
