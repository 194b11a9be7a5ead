package id.kalbar.monev.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationSettingsInput")
public record NotificationSettingsInput(
        @Schema(nullable = true, maxLength = 254, examples = "operator.sambas@example.go.id") @Email @Size(max = 254) String email,
        @Schema(required = true) @NotNull EmailMode emailMode) {
}
