package org.foyer.persistence;

import java.util.List;
import org.foyer.admin.forms.PracticeForm;
import org.foyer.admin.forms.PracticeFormVersion;
import org.foyer.admin.packets.IntakePacket;
import org.foyer.admin.packets.PacketItem;
import org.foyer.admin.packs.InstalledPack;
import org.foyer.admin.portal.PortalSettings;
import org.foyer.admin.portal.PracticeLogo;
import org.foyer.admin.preferences.NotificationPreferences;
import org.foyer.admin.preferences.ServiceOffer;
import org.foyer.admin.preferences.WorkLocation;
import org.foyer.admin.roles.CapabilitiesConverter;
import org.foyer.admin.roles.CustomRole;
import org.foyer.admin.roles.DefaultPermissions;
import org.foyer.admin.roles.RoleAssignment;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.staff.StaffInvitation;
import org.foyer.admin.staff.StaffMember;
import org.foyer.admin.staff.StaffSubscription;
import org.foyer.tenancy.Practice;

/** The entities of the tenant-admin module. */
public class AdminEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        InstantConverter.class,
        Practice.class,
        StaffMember.class,
        StaffInvitation.class,
        StaffSubscription.class,
        CapabilitiesConverter.class,
        CustomRole.class,
        RoleAssignment.class,
        DefaultPermissions.class,
        PracticeLogo.class,
        PortalSettings.class,
        ServiceType.class,
        Location.class,
        NotificationPreferences.class,
        ServiceOffer.class,
        WorkLocation.class,
        PracticeForm.class,
        PracticeFormVersion.class,
        InstalledPack.class,
        IntakePacket.class,
        PacketItem.class);
  }
}
