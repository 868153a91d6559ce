package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents written with Apache POI for the tests: the parts a test needs (styles under any id, numbered and
 * bulleted lists, links, tables, line breaks), as Word stores them, so that each test shows the one thing it names.
 */
final class WordFiles {

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFStyles styles = document.createStyles();
    private BigInteger bullets;
    private BigInteger numbers;

    /** A paragraph style of this id and name, optionally based on another style. */
    WordFiles style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return this;
    }

    /** A paragraph in a style (by id), or in no style when null. */
    WordFiles paragraph(String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.createRun().setText(text);
        return this;
    }

    WordFiles paragraph(String text) {
        return paragraph(null, text);
    }

    /** A paragraph of one bold run and one plain run: a template's field line ("Date:" in bold, then its value). */
    WordFiles boldLabel(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(label);
        paragraph.createRun().setText(value);
        return this;
    }

    /** A paragraph written wholly in bold, split into runs as Word splits text it has spell-checked. */
    WordFiles bold(String... runs) {
        XWPFParagraph paragraph = document.createParagraph();
        for (String text : runs) {
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setText(text);
        }
        return this;
    }

    /** A paragraph whose lines are separated by line breaks ({@code <w:br/>}), not paragraphs. */
    WordFiles lines(String... lines) {
        XWPFRun run = document.createParagraph().createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return this;
    }

    /** A paragraph of text, then a link to {@code url} showing {@code label}. */
    WordFiles link(String text, String label, String url) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        XWPFHyperlinkRun link = paragraph.createHyperlinkRun(url);
        link.setText(label);
        return this;
    }

    /** A bulleted list item at {@code level} (0 = outermost). */
    WordFiles bullet(int level, String text) {
        if (bullets == null) {
            bullets = numbering(STNumberFormat.BULLET);
        }
        return item(bullets, level, text);
    }

    /** A numbered list item at {@code level}. */
    WordFiles numbered(int level, String text) {
        if (numbers == null) {
            numbers = numbering(STNumberFormat.DECIMAL);
        }
        return item(numbers, level, text);
    }

    /** A table, its first row first; each cell one paragraph. */
    WordFiles table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WordFiles item(BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
        return this;
    }

    /** A numbering definition whose three levels all use {@code format}, as Word's list buttons make them. */
    private BigInteger numbering(STNumberFormat.Enum format) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger abstractId = BigInteger.valueOf(numbers == null && bullets == null ? 0 : 1);
        abstractNum.setAbstractNumId(abstractId);
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%" + (level + 1) + ".");
        }
        var numbering = document.createNumbering();
        BigInteger added = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(added);
    }
}
