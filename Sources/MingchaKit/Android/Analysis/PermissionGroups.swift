/// Android's runtime permission groups (the platform's grouping of dangerous permissions), used to
/// tell a bundled request of unrelated permissions from several permissions of one group.
enum PermissionGroups {
    static let byPermission: [String: String] = {
        let groups: [String: [String]] = [
            "LOCATION": ["ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION", "ACCESS_BACKGROUND_LOCATION"],
            "CAMERA": ["CAMERA"],
            "MICROPHONE": ["RECORD_AUDIO"],
            "CONTACTS": ["READ_CONTACTS", "WRITE_CONTACTS", "GET_ACCOUNTS"],
            "PHONE": ["READ_PHONE_STATE", "READ_PHONE_NUMBERS", "CALL_PHONE", "ANSWER_PHONE_CALLS", "ADD_VOICEMAIL", "USE_SIP",
                      "ACCEPT_HANDOVER"],
            "CALL_LOG": ["READ_CALL_LOG", "WRITE_CALL_LOG", "PROCESS_OUTGOING_CALLS"],
            "SMS": ["SEND_SMS", "RECEIVE_SMS", "READ_SMS", "RECEIVE_WAP_PUSH", "RECEIVE_MMS"],
            "CALENDAR": ["READ_CALENDAR", "WRITE_CALENDAR"],
            "STORAGE": ["READ_EXTERNAL_STORAGE", "WRITE_EXTERNAL_STORAGE", "MANAGE_EXTERNAL_STORAGE"],
            "READ_MEDIA_VISUAL": ["READ_MEDIA_IMAGES", "READ_MEDIA_VIDEO", "READ_MEDIA_VISUAL_USER_SELECTED"],
            "READ_MEDIA_AURAL": ["READ_MEDIA_AUDIO"],
            "SENSORS": ["BODY_SENSORS", "BODY_SENSORS_BACKGROUND"],
            "ACTIVITY_RECOGNITION": ["ACTIVITY_RECOGNITION"],
            "NEARBY_DEVICES": ["BLUETOOTH_SCAN", "BLUETOOTH_CONNECT", "BLUETOOTH_ADVERTISE", "NEARBY_WIFI_DEVICES", "UWB_RANGING"],
            "NOTIFICATIONS": ["POST_NOTIFICATIONS"],
        ]
        var out: [String: String] = [:]
        for (g, ps) in groups { for p in ps { out["android.permission." + p] = g } }
        return out
    }()

    /// The group of a permission; a permission outside the table is its own group.
    static func group(of permission: String) -> String {
        byPermission[permission] ?? permission
    }
}
