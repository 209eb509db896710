package org.podium.model;

import java.util.Objects;

/**
 * A photo placed on a slide: which picture, how it is framed, and its own caption and credit.
 *
 * @param media   the stored picture
 * @param caption shown with the photo; empty when none
 * @param credit  photo credit ("建鄴區委區級機關工委供圖"); empty when none
 * @param fit     fit or fill
 * @param focal   kept in view when filling
 * @param crop    cut off before framing
 */
public record Photo(MediaRef media, String caption, String credit, PhotoFit fit, FocalPoint focal, Crop crop) {

    public Photo {
        Objects.requireNonNull(media, "photo media");
        caption = Text.clean(caption);
        credit = Text.clean(credit);
        fit = fit == null ? PhotoFit.FILL : fit;
        focal = focal == null ? FocalPoint.CENTRE : focal;
        crop = crop == null ? Crop.NONE : crop;
    }

    public static Photo of(MediaRef media) {
        return new Photo(media, "", "", PhotoFit.FILL, FocalPoint.CENTRE, Crop.NONE);
    }

    public Photo withCaption(String newCaption) {
        return new Photo(media, newCaption, credit, fit, focal, crop);
    }

    public Photo withCredit(String newCredit) {
        return new Photo(media, caption, newCredit, fit, focal, crop);
    }

    public Photo withFit(PhotoFit newFit) {
        return new Photo(media, caption, credit, newFit, focal, crop);
    }

    public Photo withFocal(FocalPoint newFocal) {
        return new Photo(media, caption, credit, fit, newFocal, crop);
    }

    public Photo withCrop(Crop newCrop) {
        return new Photo(media, caption, credit, fit, focal, newCrop);
    }
}
