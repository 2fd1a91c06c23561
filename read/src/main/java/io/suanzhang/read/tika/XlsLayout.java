package io.suanzhang.read.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What Tika's XLS output leaves out: the merged regions of each sheet and which sheets are hidden,
 * read in one pass over the workbook's records (cheap: no cells are kept).
 */
final class XlsLayout {

  static final XlsLayout NONE = new XlsLayout(Map.of(), Set.of());

  private final Map<String, List<CellRangeAddress>> merges;
  private final Set<String> hidden;

  private XlsLayout(Map<String, List<CellRangeAddress>> merges, Set<String> hidden) {
    this.merges = merges;
    this.hidden = hidden;
  }

  List<CellRangeAddress> merges(String sheet) {
    return merges.getOrDefault(sheet, List.of());
  }

  boolean hidden(String sheet) {
    return hidden.contains(sheet);
  }

  /** The layout of a workbook, or {@link #NONE} when it cannot be read (Tika will say why). */
  static XlsLayout of(POIFSFileSystem fs) {
    List<BoundSheetRecord> sheets = new ArrayList<>();
    Map<Integer, List<CellRangeAddress>> byIndex = new HashMap<>();
    // index: the sheet substream being read; depth: charts embedded in a sheet nest their own BOF.
    int[] index = {-1};
    int[] depth = {0};
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(record -> {
      if (record instanceof BoundSheetRecord) {
        sheets.add((BoundSheetRecord) record);
      } else if (record instanceof BOFRecord) {
        if (depth[0] == 0 && ((BOFRecord) record).getType() != BOFRecord.TYPE_WORKBOOK) {
          index[0]++;
        }
        depth[0]++;
      } else if (record instanceof EOFRecord) {
        depth[0] = Math.max(0, depth[0] - 1);
      } else if (record instanceof MergeCellsRecord && index[0] >= 0 && depth[0] == 1) {
        MergeCellsRecord m = (MergeCellsRecord) record;
        List<CellRangeAddress> list = byIndex.computeIfAbsent(index[0], k -> new ArrayList<>());
        for (int k = 0; k < m.getNumAreas(); k++) {
          list.add(m.getAreaAt(k));
        }
      }
    });
    try {
      new HSSFEventFactory().processWorkbookEvents(request, fs);
    } catch (Exception e) {
      return NONE;
    }
    BoundSheetRecord[] ordered = BoundSheetRecord.orderByBofPosition(sheets);
    Map<String, List<CellRangeAddress>> merges = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    for (int k = 0; k < ordered.length; k++) {
      String name = ordered[k].getSheetname();
      merges.put(name, byIndex.getOrDefault(k, List.of()));
      if (ordered[k].isHidden() || ordered[k].isVeryHidden()) {
        hidden.add(name);
      }
    }
    return new XlsLayout(merges, hidden);
  }
}
