import KofuCore

/// The resident record in the two forms that are not the city's current 住民票: the 除票 of someone who moved out
/// or died, and the 広域交付住民票 of another town's resident, which this city certifies.
extension DocumentContent {
    /// 住民票の除票の写し: one person's record as it stood when removed, with when and why (備考) and, after a move,
    /// where they went.
    func removedResidentRecord(_ options: ResidentRecordOptions) throws -> TemplateContext {
        guard !holder.isActive else { throw WindowError.notRemoved(holder.id) }
        guard options.scope == .holderOnly else { throw WindowError.removedRecordAlone }
        var context = try residentRecord(options)
        context["title"] = .text(Self.heading("住民票の除票の写し"))
        context["certifiedRecord"] = .text("住民票の除票")
        context["movedTo"] = .text(holder.row["moved_to"] ?? "")
        return context
    }

    /// 広域交付住民票 (住基法12条の4): the other town's record without 本籍・筆頭者 or 個人番号, certified by the mayor of
    /// the city that issues it, saying under which law and from whose register.
    func wideAreaResidentRecord(_ options: ResidentRecordOptions, city: CitySettings.City) throws -> TemplateContext {
        guard !options.includeDomicile, !options.includeMyNumber else { throw WindowError.notInWideArea }
        var context = try residentRecord(options)
        context["title"] = .text(Self.heading("住民票の写し（広域交付）"))
        context["certifiedRecord"] = .text("住民基本台帳法第12条の4の規定により交付する\(holder.row["city"] as String)の住民票")
        context["mayorTitle"] = .text(city.name + "長")
        context["mayor"] = .text(city.mayor)
        context["sealMark"] = .text("【\(city.name)長之印】")
        return context
    }
}
